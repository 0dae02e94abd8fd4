package dev.sportello.adapters.jdbc;

import dev.sportello.UserId;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.spi.DocumentContentStore;
import dev.sportello.dossiers.spi.DocumentStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Dossier documents: their metadata, and their content in chunks. */
final class JdbcDocumentStores {
    private JdbcDocumentStores() {
    }

    static final class Documents implements DocumentStore {
        private static final String COLUMNS = "dossier_id, id, kind, title, file_name, content_type, issue_year, issued_on, "
                + "byte_size, sha256, stored_at";
        private final Db db;

        Documents(Db db) {
            this.db = db;
        }

        @Override
        public void put(DossierDocument d) {
            Object[] row = {d.dossier().value(), d.id().value(), d.kind(), d.title(), d.fileName(), d.contentType(), d.year(),
                d.issuedOn(), d.size(), d.sha256(), d.storedAt()};
            String values = "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            if (db.dialect == Dialect.POSTGRESQL) {
                db.update("INSERT INTO sportello_dossier_documents (" + COLUMNS + ") " + values + " ON CONFLICT (dossier_id, id) "
                        + "DO UPDATE SET kind = EXCLUDED.kind, title = EXCLUDED.title, file_name = EXCLUDED.file_name, "
                        + "content_type = EXCLUDED.content_type, issue_year = EXCLUDED.issue_year, issued_on = EXCLUDED.issued_on, "
                        + "byte_size = EXCLUDED.byte_size, sha256 = EXCLUDED.sha256, stored_at = EXCLUDED.stored_at", row);
            } else {
                db.update("MERGE INTO sportello_dossier_documents (" + COLUMNS + ") KEY (dossier_id, id) " + values, row);
            }
        }

        @Override
        public Optional<DossierDocument> find(DossierId dossier, DocumentId id) {
            return db.one("SELECT " + COLUMNS + " FROM sportello_dossier_documents WHERE dossier_id = ? AND id = ?",
                    Documents::document, dossier.value(), id.value());
        }

        @Override
        public List<DossierDocument> list(DossierId dossier) {
            return db.query("SELECT " + COLUMNS + " FROM sportello_dossier_documents WHERE dossier_id = ? "
                    + "ORDER BY issued_on DESC, id DESC", Documents::document, dossier.value());
        }

        @Override
        public List<DossierDocument> listOfOwner(UserId owner) {
            return db.query("SELECT " + COLUMNS.replaceAll("(^|, )", "$1d.") + " FROM sportello_dossier_documents d "
                    + "JOIN sportello_dossiers o ON o.id = d.dossier_id WHERE o.owner_id = ? "
                    + "ORDER BY d.issued_on DESC, d.dossier_id DESC, d.id DESC", Documents::document, owner.value());
        }

        private static DossierDocument document(ResultSet rs) throws SQLException {
            return new DossierDocument(new DossierId(rs.getString("dossier_id")), DocumentId.of(rs.getString("id")),
                    DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("file_name"),
                    rs.getString("content_type"), rs.getInt("issue_year"), rs.getObject("issued_on", LocalDate.class),
                    rs.getLong("byte_size"), rs.getString("sha256"), Db.instant(rs, "stored_at"));
        }
    }

    /**
     * Content as rows of at most {@link #CHUNK} bytes, so that one chunk at a time is in memory both ways,
     * on both databases, and a rollback takes the rows away like any other. (PostgreSQL's driver would
     * spool a {@code bytea} stream of unknown length to a temporary file before sending it and reads a
     * {@code bytea} value whole; large objects stream, but outlive their row unless unlinked, and H2 has
     * none.) Reading asks the driver for one row per fetch: PostgreSQL then uses a cursor inside the
     * transaction.
     */
    static final class Contents implements DocumentContentStore {
        static final int CHUNK = 256 * 1024;
        private final Db db;

        Contents(Db db) {
            this.db = db;
        }

        @Override
        public long write(DossierId dossier, DocumentId id, InputStream content) throws IOException {
            db.update("DELETE FROM sportello_dossier_contents WHERE dossier_id = ? AND document_id = ?", dossier.value(),
                    id.value());
            long size = 0;
            try (PreparedStatement ps = db.connection.prepareStatement("INSERT INTO sportello_dossier_contents "
                    + "(dossier_id, document_id, chunk, bytes) VALUES (?, ?, ?, ?)")) {
                for (int chunk = 0; ; chunk++) {
                    byte[] bytes = content.readNBytes(CHUNK);   // an exception of the stream propagates as it is
                    if (bytes.length == 0 && chunk > 0) {
                        return size;
                    }
                    Db.bind(ps, new Object[]{dossier.value(), id.value(), chunk, bytes});
                    ps.executeUpdate();
                    size += bytes.length;
                    if (bytes.length < CHUNK) {
                        return size;
                    }
                }
            } catch (SQLException e) {
                throw new JdbcFailure(e);
            }
        }

        @Override
        public boolean read(DossierId dossier, DocumentId id, OutputStream out) throws IOException {
            try (PreparedStatement ps = db.connection.prepareStatement("SELECT bytes FROM sportello_dossier_contents "
                    + "WHERE dossier_id = ? AND document_id = ? ORDER BY chunk")) {
                ps.setFetchSize(1);
                Db.bind(ps, new Object[]{dossier.value(), id.value()});
                boolean found = false;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found = true;
                        out.write(rs.getBytes(1));
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new JdbcFailure(e);
            }
        }
    }
}
