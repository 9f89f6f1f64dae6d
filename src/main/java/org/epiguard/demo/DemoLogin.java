package org.epiguard.demo;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;

/** A demo login as it is in the database: its scope resolved, described in words. */
public record DemoLogin(String username, String fullName, Role role, Scope scope, String scopeInWords, String password) {
}
