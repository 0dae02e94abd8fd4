/**
 * The channel TCK: {@link dev.sportello.tck.channels.ChannelContract}, which every transport (SMTP, HTTP
 * SMS, HTTP push, webhooks) and the recording channels pass, with the rig a transport's tests supply and
 * valid messages per port.
 */
package dev.sportello.tck.channels;
