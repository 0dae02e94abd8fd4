package dev.sportello.adapters.memory;

import dev.sportello.UserId;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.dossiers.StatusChange;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.requests.RequestId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tables of the dossiers area in the in-memory storage. Guarded by their group's lock (see MemoryStorage). */
final class MemoryDossierData {
    final Map<DossierId, DossierRecord> dossiers = new HashMap<>();
    final Map<UserId, Map<DossierId, Boolean>> dossiersByOwner = new HashMap<>();
    final Map<DossierId, List<StatusChange>> timelines = new HashMap<>();
    final Map<DossierId, Map<String, Measure>> measures = new HashMap<>();
    final Map<DossierId, Map<String, Payment>> payments = new HashMap<>();
    final Map<DossierId, List<RequestId>> requests = new HashMap<>();
    final Map<UserId, PersonalData> personalData = new HashMap<>();
    final Map<DossierId, Map<String, DossierDocument>> documents = new HashMap<>();
    /** Document content by "dossier#document", in chunks as written. */
    final Map<String, List<byte[]>> contents = new HashMap<>();
}
