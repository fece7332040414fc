/** The error responses routes declare, so the OpenAPI document shows the catalogue's shape per status. */
import { ApiErrorSchema } from '../contract/api.js';

/** Every route that reads the graph can fail on bad input or an unreachable database. */
export const READ_ERRORS = { 400: ApiErrorSchema, 503: ApiErrorSchema } as const;

/** …and a route naming one thing can miss it. */
export const LOOKUP_ERRORS = { ...READ_ERRORS, 404: ApiErrorSchema } as const;
