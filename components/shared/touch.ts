import { createContext, useContext } from 'react';

/** Lets a field report that the user has been in it (see utils/popup/issue-visibility.ts). */
export const TouchContext = createContext<(key: string) => void>(() => undefined);
export const useTouch = () => useContext(TouchContext);
