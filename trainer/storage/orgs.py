"""Organisations and cohorts: who may create and see them."""

from __future__ import annotations

from sqlalchemy import select

from . import policy
from .base import StoreBase
from .errors import Conflict, NotFound, PermissionDenied
from .models import Cohort, Organisation
from .policy import Role
from .records import Actor, CohortInfo, OrgInfo, UserInfo

__all__ = ["OrgsMixin"]


class OrgsMixin(StoreBase):
    """Organisations (admin) and cohorts (admin, or a lead in their own organisation)."""

    def create_org(self, actor: Actor | UserInfo, name: str) -> OrgInfo:
        """Create an organisation (admin only)."""
        if not (name or "").strip():
            raise ValueError("name is required")
        with self._write() as s:
            who = self._who(s, actor)
            if not policy.is_admin(who):
                raise PermissionDenied("only admins create organisations")
            if s.scalar(select(Organisation.id).where(Organisation.name == name.strip())) is not None:
                raise Conflict(f"organisation {name!r} exists")
            org = Organisation(name=name.strip(), created_at=self.now())
            s.add(org)
            s.flush()
            return OrgInfo(id=org.id, name=org.name)

    def list_orgs(self, actor: Actor | UserInfo) -> list[OrgInfo]:
        """Organisations the actor may see (admin: all, others: their own)."""
        with self._read() as s:
            who = self._who(s, actor)
            query = select(Organisation).order_by(Organisation.name)
            if not policy.is_admin(who):
                query = query.where(Organisation.id == who.org_id)
            return [OrgInfo(id=o.id, name=o.name) for o in s.scalars(query)]

    def create_cohort(self, actor: Actor | UserInfo, name: str, org_id: int | None = None) -> CohortInfo:
        """Create a cohort (admin; or lead, in their own organisation)."""
        if not (name or "").strip():
            raise ValueError("name is required")
        with self._write() as s:
            who = self._who(s, actor)
            if org_id is None:
                org_id = who.org_id
            if not policy.can_create_cohort(who, org_id):
                raise PermissionDenied("leads create cohorts in their own organisation"
                                       if who.role == Role.LEAD else "only admins and leads create cohorts")
            if org_id is not None and s.get(Organisation, org_id) is None:
                raise NotFound(f"organisation {org_id} not found")
            cohort = Cohort(name=name.strip(), org_id=org_id, created_at=self.now())
            s.add(cohort)
            s.flush()
            return CohortInfo(id=cohort.id, name=cohort.name, org_id=cohort.org_id)

    def list_cohorts(self, actor: Actor | UserInfo) -> list[CohortInfo]:
        """Cohorts the actor may see (admin: all, others: their organisation's)."""
        with self._read() as s:
            who = self._who(s, actor)
            query = select(Cohort).order_by(Cohort.name)
            if not policy.is_admin(who):
                query = query.where(Cohort.org_id.is_not_distinct_from(who.org_id))
            return [CohortInfo(id=c.id, name=c.name, org_id=c.org_id) for c in s.scalars(query)]
