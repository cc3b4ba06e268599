/** Orders and their money: read the imported orders, their lines and ledger entries, and reconcile per channel. */
package com.tierflow.order;
