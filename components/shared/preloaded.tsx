import { lazy, useState, type ComponentType } from 'react';

/**
 * A component split off the first-paint bundle whose loading starts at once. Once loaded it
 * renders like a static import. React.lazy alone suspends on first render even when the module
 * is loaded, and once a fallback is shown React holds the content back for up to 300 ms: the
 * popup's fields would appear that much later.
 */
export function preloaded<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let started: Promise<ComponentType<P>> | null = null;
  const start = () => (started ??= load().then((component) => (loaded = component)));
  const Lazy = lazy(async () => ({ default: await start().catch(() => LoadFailed as ComponentType<P>) }));
  function Preloaded(props: P) {
    // Fixed per mount: switching from the lazy to the loaded type would remount a field being typed in.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  /** Starts loading; resolves when loaded or failed (a failed part says so where it would be). */
  Preloaded.preload = (): Promise<unknown> => start().catch(() => undefined);
  return Preloaded;
}

/**
 * In place of a part whose file could not be loaded (the extension was updated while the popup
 * was open): the rest of the popup stays usable, and reopening it loads the new files.
 */
function LoadFailed() {
  return (
    <p role="alert" className="text-xs text-red-800">
      <span lang="nl">Dit deel kon niet worden geladen: sluit de koppelhulp en open hem opnieuw.</span>{' '}
      <span lang="en">(This part could not be loaded: close and reopen the extension.)</span>
    </p>
  );
}
