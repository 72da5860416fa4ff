// A Mantine Table that becomes a list of cards on a phone: a drop-in for <Table>. Each cell gets
// its column's name (data-label, read from the header row) to show above its value, and explicit
// table roles, so screen readers still read rows and columns once CSS shows them as blocks.
import { Table, type TableProps } from '@mantine/core';
import { useEffect, useRef } from 'react';
import classes from './responsive-table.module.css';

function label(table: HTMLTableElement) {
  const headers = [...table.querySelectorAll(':scope > thead > tr:last-child > th')].map(
    (th) => th.textContent?.trim() ?? '',
  );
  table.setAttribute('role', 'table');
  for (const group of table.querySelectorAll(':scope > thead, :scope > tbody, :scope > tfoot'))
    group.setAttribute('role', 'rowgroup');
  for (const row of table.querySelectorAll(':scope > * > tr')) {
    row.setAttribute('role', 'row');
    let column = 0;
    for (const cell of row.children) {
      if (cell.tagName === 'TH')
        cell.setAttribute('role', row.parentElement?.tagName === 'THEAD' ? 'columnheader' : 'rowheader');
      else cell.setAttribute('role', 'cell');
      const name = headers[column] ?? '';
      if (cell.getAttribute('data-label') !== name) cell.setAttribute('data-label', name);
      column += Number(cell.getAttribute('colspan') ?? 1);
    }
  }
}

export function ResponsiveTable({ className, ...props }: TableProps) {
  const ref = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const table = ref.current;
    if (!table) return;
    label(table);
    // Rows arrive and change after the first render (queries, paging, sorting).
    const observer = new MutationObserver(() => label(table));
    observer.observe(table, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return <Table ref={ref} className={[classes.cards, className].filter(Boolean).join(' ')} {...props} />;
}
