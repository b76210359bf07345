/** Each tab keeps its own scroll position: saved when the user leaves a tab, restored on return. */
import * as React from 'react';

export function useTabScroll<T extends string>(tab: T): React.RefObject<HTMLDivElement> {
  const ref = React.useRef<HTMLDivElement>(null);
  const saved = React.useRef(new Map<T, number>());
  const shown = React.useRef(tab);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onScroll = () => saved.current.set(shown.current, el.scrollTop);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, []);
  React.useLayoutEffect(() => {
    shown.current = tab;
    const el = ref.current;
    if (el) el.scrollTop = saved.current.get(tab) ?? 0;
  }, [tab]);
  return ref;
}
