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
  const Lazy = lazy(async () => ({ default: await start() }));
  function Preloaded(props: P) {
    // Fixed per mount: switching from the lazy to the loaded type would remount a field being typed in.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  /** Starts loading; resolves when loaded or failed (a failed chunk shows the Suspense fallback). */
  Preloaded.preload = (): Promise<unknown> => start().catch(() => undefined);
  return Preloaded;
}
