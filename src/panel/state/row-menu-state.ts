import { signal } from "@preact/signals";

/** The row context menu: which request it is for, and where it opened (panel coordinates, px). */
export interface RowMenu {
  id: string;
  x: number;
  y: number;
}

/** At most one row menu is open; Esc, a click elsewhere, or choosing an item closes it. */
export function createRowMenuState() {
  const rowMenu = signal<RowMenu | null>(null);
  return {
    rowMenu,
    openRowMenu(menu: RowMenu): void {
      rowMenu.value = menu;
    },
    closeRowMenu(): void {
      rowMenu.value = null;
    },
  };
}
