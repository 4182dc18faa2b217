/**
 * The layout kit: every page composes these, so the phone (390 px) works by
 * construction. See docs/ui-kit.md.
 */
export { PageHeader, Badge, BadgeFacts } from "./page-header";
export { SummaryCards, type SummaryItem } from "./summary-cards";
export { ActionPanel, ActionItem } from "./action-list";
export { DataTable, ShowAllLink, type Column, type TableSort } from "./data-table";
export { FilterBar, FilterField, FilterChoice, FilterCheck } from "./filter-bar";
export { PrintButton } from "./print-button";
export { RadioChoice } from "./radio-choice";
export { OfficialDocument } from "./official-document";
export { GridTable, type GridHeaderCell } from "./grid-table";
export { SignatureBlock } from "./signature-block";
export { AppLink, AppLinkNavigation, isCurrentPath } from "./app-link";
