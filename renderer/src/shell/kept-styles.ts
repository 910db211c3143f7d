// antd's styles, once built, are kept for the session. antd (cssinjs) builds each component's styles
// from the theme when the first of its kind mounts, and forgets them when the last one unmounts: its
// variables' <style> is taken out of the page, and the next mount builds the same styles again,
// serializes and hashes them to find their <style>, and puts the variables back (for a meeting opened
// from the list: the Tabs' 33 kB of CSS and ten <style> elements out and in again, each time). In this
// cache every entry holds one reference of its own, so its count never falls to zero and it is never
// dropped. What it holds is bounded by the kinds of components and the themes the app has.
import { createCache } from '@ant-design/cssinjs';

export function createKeptStyleCache(): ReturnType<typeof createCache> {
  const cache = createCache();
  const update = cache.opUpdate.bind(cache);
  cache.opUpdate = (key, next) =>
    update(key, (previous) => {
      const value = next(previous);
      return value && !previous ? [value[0] + 1, value[1]] : value;
    });
  return cache;
}
