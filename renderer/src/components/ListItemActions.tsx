// Move up, move down and remove: the buttons of one item of an ordered list. Plain buttons drawn as
// antd's small text buttons, their icons by CSS (styles.css): a list of twenty attendees has sixty of
// them, and antd's Button, then its icons, were a good part of the time a meeting takes to open.
import { moveItem } from '../lib/lists';

export function ListItemActions<T>({
  items,
  index,
  onChange,
  moveUpLabel = 'Chuyển lên',
  moveDownLabel = 'Chuyển xuống',
  removeLabel,
}: {
  items: readonly T[];
  index: number;
  onChange: (next: T[]) => void;
  moveUpLabel?: string;
  moveDownLabel?: string;
  removeLabel: string;
}) {
  return (
    <span className="item-actions">
      <button
        type="button"
        className="item-action item-action-up"
        aria-label={moveUpLabel}
        disabled={index === 0}
        onClick={() => onChange(moveItem(items, index, index - 1))}
      />
      <button
        type="button"
        className="item-action item-action-down"
        aria-label={moveDownLabel}
        disabled={index === items.length - 1}
        onClick={() => onChange(moveItem(items, index, index + 1))}
      />
      <button
        type="button"
        className="item-action item-action-danger item-action-remove"
        aria-label={removeLabel}
        onClick={() => onChange(items.filter((_item, j) => j !== index))}
      />
    </span>
  );
}
