/**
 * @bichig/server — the interactive backend of a bichig website cluster: the mailbox and survey API
 * `HttpFormAdapter` speaks, and the staff desk's API, on PostgreSQL (embedded PGlite by default, a
 * PostgreSQL server with `DATABASE_URL`).
 * @packageDocumentation
 */
export { DatabaseError, openDatabase, type Database, type DatabaseOptions, type Queryable } from './db/database.js';
export { MIGRATIONS, migrate, type Migration } from './db/migrations.js';
export { createApp, type AppOptions } from './http/app.js';
export { SESSION_COOKIE } from './http/desk-routes.js';
export { importCluster, routingDepartments, type ImportSummary } from './store/import-cluster.js';
export { SiteForms, type SiteFormsOptions } from './store/site-forms.js';
export { NoSearchIndexError, StoredSearch, importSearchIndex } from './store/search-index.js';
export { StaffDesk } from './store/desk.js';
export { putStaff, type NewStaff } from './store/staff.js';
export { NotSeededError } from './store/site-records.js';
export { hashPassword, verifyPassword } from './security/passwords.js';
