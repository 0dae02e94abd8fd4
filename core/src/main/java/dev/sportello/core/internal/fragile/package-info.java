/**
 * Internal implementation of Sportello (the fragile-users channel); not API. Nothing here is stable across
 * releases, even where a class is public: use {@code dev.sportello.core.SportelloSdk} and the api module
 * instead.
 */
package dev.sportello.core.internal.fragile;
