/**
 * The fragile-users channel (R-USR-5): enrolment with a personal code posted to the residence, identification
 * on the dedicated phone line, calls, voicemails and callbacks, and documents sent by post. Reached through
 * {@code Sportello.fragileUsers()}.
 */
package dev.sportello.fragile;
