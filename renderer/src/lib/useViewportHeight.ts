import { useEffect, useState } from 'react';

/** The window's height minus `reserved` pixels, following resizes (for virtualized tables). */
export function useViewportHeight(reserved: number, min = 240): number {
  const [height, setHeight] = useState(() => Math.max(min, window.innerHeight - reserved));
  useEffect(() => {
    const onResize = () => setHeight(Math.max(min, window.innerHeight - reserved));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [reserved, min]);
  return height;
}
