package dev.sportello.adapters.smshttp;

import com.sun.net.httpserver.HttpServer;
import dev.sportello.ConflictException;
import dev.sportello.ErrorCategory;
import dev.sportello.NotFoundException;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.SportelloSdk;
import dev.sportello.notifications.ReceiptOutcome;
import dev.sportello.notifications.ReportReceipt;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** The snippet of docs/transports.md, kept here so that it compiles; not a test. */
final class TransportsDocSnippet {
    private TransportsDocSnippet() {
    }

    static SportelloSdk wire(SportelloSdk.Builder builder, String token, String receiptSecret) throws IOException {
        // --- snippet start
        HttpSmsChannel sms = HttpSmsChannel.builder()
                .endpoint(URI.create("https://sms.example.it/v1/messages"))
                .bearerToken(token)                               // or basicAuth(user, password), apiKey(header, key)
                .senderId("INPS")                                 // alias ≤ 11 chars, or a number
                .connectTimeout(Duration.ofSeconds(5)).requestTimeout(Duration.ofSeconds(10))
                .messageIdPointer("/messages/0/id")               // where the provider's id sits in a 2xx answer
                .build();
        SportelloSdk sdk = builder.smsChannel(sms).build();      // plus storage, office directory, …

        SmsReceipts receipts = SmsReceipts.builder()
                .signatureHeader("X-Gateway-Signature").addSecret(receiptSecret) // addSecret(next) while rotating
                .timestampHeader("X-Gateway-Timestamp", Duration.ofMinutes(5))
                .signedContent(SignedContent.TIMESTAMP_DOT_BODY)
                .statusMapping(Map.of("DELIVRD", ReceiptOutcome.DELIVERED, "UNDELIV", ReceiptOutcome.FAILED,
                        "EXPIRED", ReceiptOutcome.EXPIRED))
                .build();
        Principal gateway = Principal.service("sms-gateway");
        HttpServer server = HttpServer.create(new InetSocketAddress(8443), 0); // your web layer, behind TLS
        server.createContext("/sms/receipts", exchange -> {
            int status = 204;
            try {
                for (ReportReceipt receipt : receipts.read(exchange.getRequestHeaders(),
                        exchange.getRequestBody().readAllBytes())) {
                    try {
                        sdk.notifications().reportReceipt(gateway, receipt);
                    } catch (ConflictException firstFinalOutcomeKept) {
                        // NOT_RECEIPT_CONFLICT: acknowledged, the provider must not resend it
                    }
                }
            } catch (NotFoundException notSentYet) {
                status = 503;                                     // NOT_RECEIPT_UNKNOWN: let the provider retry
            } catch (SportelloException e) {
                status = e.category() == ErrorCategory.ACCESS_DENIED ? 401 : 400; // signature/time vs body
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        // --- snippet end
        return sdk;
    }
}
