// View model of admin_audit_log() (docs/api.md): one feed of changes to memberships, invitations, areas, wijken,
// councils and themes (audit_log) and to documents (revisions), newest first.
export const AUDIT_KINDS = ['document', 'membership', 'invitation', 'area', 'district', 'council', 'theme'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export type AuditItem = {
  key: string;
  kind: AuditKind;
  /** for documents: document, section, entry, link or district; otherwise the same as kind */
  entity: string;
  entity_id: string;
  operation: 'insert' | 'update' | 'delete' | 'move' | 'status' | 'revision_started';
  title: string | null;
  document: { id: string; slug: string; kind: 'agenda' | 'vision' | 'plan'; title: string; version_no: number } | null;
  area: { id: string; slug: string; name: string } | null;
  changed_at: string;
  changed_by: { id: string; display_name: string | null } | null;
  changed_fields: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

export type AuditPage = { items: AuditItem[]; has_more: boolean; offset: number; limit: number };

export const AUDIT_PAGE_SIZE = 50;

/** The fields to show for one change: the changed ones for an update, every field for an insert or delete. */
export function shownFields(item: AuditItem): { field: string; before: string; after: string }[] {
  const skip = new Set(['id', 'version', 'created_at', 'updated_at', 'document_id', 'lineage_id', 'series_id']);
  const fields =
    item.changed_fields.length > 0
      ? item.changed_fields
      : Object.keys(item.after ?? item.before ?? {}).filter((f) => !skip.has(f));
  return fields.map((field) => ({
    field,
    before: display(item.before?.[field]),
    after: display(item.after?.[field]),
  }));
}

function display(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
