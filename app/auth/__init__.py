"""Users, roles and permissions: sign-in with scrypt hashes and lockout, and the check every service calls.

from app.auth import PermissionDenied, require
require(db, actor, "export")   # see app/auth/permissions.py for the table and the open-install rule
"""

from app.auth.guard import acting_role, may, require
from app.auth.permissions import PERMISSIONS, ROLE_PERMISSIONS, ROLES, PermissionDenied, allowed

__all__ = ["PERMISSIONS", "ROLES", "ROLE_PERMISSIONS", "PermissionDenied", "acting_role", "allowed", "may", "require"]
