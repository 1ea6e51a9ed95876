/**
 * Who may do what: accounts and roles (reader, editor, administrator), the host names the API answers to, and the
 * problem+json answers for refused requests. See docs/threat-model.md.
 */
package org.entente.security;
