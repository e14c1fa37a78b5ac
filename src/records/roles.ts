import { ROLES } from '../engine/schema/enums';

/** The trainee roles (issue 4), in the order the first-use screen lists them. */
export const ROLE_IDS = ROLES;
