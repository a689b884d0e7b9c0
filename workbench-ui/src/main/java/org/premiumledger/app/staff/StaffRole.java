package org.premiumledger.app.staff;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a member of staff may do in the workbench; see {@link Roles} for the names in use. */
public enum StaffRole {
  AGENT,
  SUPERVISOR,
  AUDITOR,
  ADMINISTRATOR;

  public GrantedAuthority authority() {
    return new SimpleGrantedAuthority("ROLE_" + name());
  }
}
