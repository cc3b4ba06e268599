/**
 * Who may call Tierflow: users and groups live in Camunda's identity service, Spring Security checks them for the
 * API, the engine REST API and the actuator, and leaves the Camunda webapps to their own login.
 */
package com.tierflow.security;
