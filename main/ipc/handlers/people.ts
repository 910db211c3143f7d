import type { Services } from '../../services';
import type { FeatureHandlers } from './define';

export const peopleHandlers = (s: Services): FeatureHandlers<'people'> => ({
  'people.list': (q) => s.people.list(q),
  'people.get': ({ id }) => s.people.get(id),
  'people.getMany': ({ ids }) => s.people.getMany(ids),
  'people.titles': ({ id }) => s.people.titles(id),
  'people.save': (person) => s.people.save(person),
  'people.delete': ({ id }) => (s.people.delete(id), null),
});
