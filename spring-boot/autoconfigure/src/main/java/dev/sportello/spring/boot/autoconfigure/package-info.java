/**
 * Spring Boot auto-configuration of the Sportello SDK: {@link dev.sportello.spring.boot.autoconfigure.SportelloAutoConfiguration},
 * its {@code sportello.*} properties ({@link dev.sportello.spring.boot.autoconfigure.SportelloProperties}) and
 * {@link dev.sportello.spring.boot.autoconfigure.SportelloSdkCustomizer}. The other types are not API.
 */
package dev.sportello.spring.boot.autoconfigure;
