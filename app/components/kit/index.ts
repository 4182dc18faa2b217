/**
 * The layout kit: every page composes these, so the phone (390 px) works by
 * construction. See docs/ui-kit.md.
 */
export { PageHeader, Badge } from "./page-header";
export { SummaryCards, type SummaryItem } from "./summary-cards";
export { ActionPanel, ActionItem } from "./action-list";
export { DataTable, type Column } from "./data-table";
export { FilterBar, FilterField, FilterChoice } from "./filter-bar";
export { OfficialDocument } from "./official-document";
export { GridTable, type GridHeaderCell } from "./grid-table";
export { SignatureBlock } from "./signature-block";
