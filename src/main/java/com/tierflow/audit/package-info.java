/**
 * Audit and approval: every imported order is audited by the {@code order-audit} decision; exceptions go to clerks and
 * managers through the {@code order-approval} process; managers keep the blacklist.
 */
package com.tierflow.audit;
