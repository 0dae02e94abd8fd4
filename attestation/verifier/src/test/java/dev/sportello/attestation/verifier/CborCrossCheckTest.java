package dev.sportello.attestation.verifier;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written subset against the reference CBOR library (PeterO, com.upokecenter:cbor), on seeded random values. */
class CborCrossCheckTest {
    private static final long[] TAGS = {18, 61, 98, 1000, 65535};

    @Test
    void whatWeEncodeTheyDecodeToTheSameValue() throws Exception {
        Random random = new Random(8949);
        for (int i = 0; i < 3000; i++) {
            CborItem ours = randomItem(random, 0);
            byte[] bytes = CborWriter.encode(ours);
            CBORObject theirs = CBORObject.DecodeFromBytes(bytes);
            assertThat(toOurs(theirs)).as("item %d", i).isEqualTo(ours);
            // and their re-encoding of it reads back to the same value with our reader
            assertThat(CborReader.decode(theirs.EncodeToBytes())).isEqualTo(ours);
        }
    }

    @Test
    void whatTheyEncodeWeDecodeToTheSameValue() throws Exception {
        Random random = new Random(7049);
        for (int i = 0; i < 3000; i++) {
            CBORObject theirs = toTheirs(randomItem(random, 0));
            CborItem ours = CborReader.decode(theirs.EncodeToBytes());
            assertThat(toTheirs(ours)).as("item %d", i).isEqualTo(theirs);
        }
    }

    private static CborItem randomItem(Random random, int depth) {
        int kind = depth >= 4 ? random.nextInt(5) : random.nextInt(8);
        switch (kind) {
            case 0:
                return new CborItem.Int(randomLong(random));
            case 1: {
                byte[] bytes = new byte[random.nextInt(40)];
                random.nextBytes(bytes);
                return new CborItem.Bytes(bytes);
            }
            case 2:
                return new CborItem.Text(randomText(random));
            case 3:
                return CborItem.Simple.values()[random.nextInt(3)];
            case 4:
                return randomKey(random);
            case 5: {
                List<CborItem> items = new ArrayList<>();
                for (int n = random.nextInt(6); n > 0; n--) {
                    items.add(randomItem(random, depth + 1));
                }
                return new CborItem.Array(items);
            }
            case 6: {
                Map<CborItem, CborItem> map = CborItem.map();
                for (int n = random.nextInt(6); n > 0; n--) {
                    map.put(randomKey(random), randomItem(random, depth + 1));
                }
                return new CborItem.MapItem(map);
            }
            default:
                return new CborItem.Tagged(TAGS[random.nextInt(TAGS.length)], randomItem(random, depth + 1));
        }
    }

    private static CborItem randomKey(Random random) {
        return random.nextBoolean() ? new CborItem.Int(randomLong(random)) : new CborItem.Text(randomText(random));
    }

    private static long randomLong(Random random) {
        // every head width, both signs
        int bits = new int[] {4, 8, 16, 32, 63}[random.nextInt(5)];
        long magnitude = bits == 63 ? random.nextLong() & Long.MAX_VALUE : random.nextLong() & ((1L << bits) - 1);
        return random.nextBoolean() ? magnitude : -1 - magnitude;
    }

    private static String randomText(Random random) {
        String alphabet = "aZ09 -:àèéìòù€ß中文😀";
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
            text.appendCodePoint(alphabet.codePoints().toArray()[random.nextInt(alphabet.codePointCount(0, alphabet.length()))]);
        }
        return text.toString();
    }

    private static CborItem toOurs(CBORObject o) {
        if (o.isTagged()) {
            long tag = o.getMostOuterTag().ToInt64Checked();
            return new CborItem.Tagged(tag, toOurs(o.UntagOne()));
        }
        if (o.isNull()) {
            return CborItem.Simple.NULL;
        }
        if (o.getType() == CBORType.Boolean) {
            return o.isTrue() ? CborItem.Simple.TRUE : CborItem.Simple.FALSE;
        }
        if (o.getType() == CBORType.Integer) {
            return new CborItem.Int(o.AsInt64Value());
        }
        if (o.getType() == CBORType.ByteString) {
            return new CborItem.Bytes(o.GetByteString());
        }
        if (o.getType() == CBORType.TextString) {
            return new CborItem.Text(o.AsString());
        }
        if (o.getType() == CBORType.Array) {
            List<CborItem> items = new ArrayList<>();
            for (int i = 0; i < o.size(); i++) {
                items.add(toOurs(o.get(i)));
            }
            return new CborItem.Array(items);
        }
        Map<CborItem, CborItem> map = CborItem.map();
        for (CBORObject key : o.getKeys()) {
            map.put(toOurs(key), toOurs(o.get(key)));
        }
        return new CborItem.MapItem(map);
    }

    private static CBORObject toTheirs(CborItem item) {
        if (item instanceof CborItem.Int i) {
            return CBORObject.FromObject(i.value());
        } else if (item instanceof CborItem.Bytes b) {
            return CBORObject.FromObject(b.value());
        } else if (item instanceof CborItem.Text t) {
            return CBORObject.FromObject(t.value());
        } else if (item instanceof CborItem.Array a) {
            CBORObject array = CBORObject.NewArray();
            a.items().forEach(x -> array.Add(toTheirs(x)));
            return array;
        } else if (item instanceof CborItem.MapItem m) {
            CBORObject map = CBORObject.NewOrderedMap();
            m.entries().forEach((k, v) -> map.Add(toTheirs(k), toTheirs(v)));
            return map;
        } else if (item instanceof CborItem.Tagged t) {
            return CBORObject.FromObjectAndTag(toTheirs(t.item()), (int) t.tag());
        }
        return switch ((CborItem.Simple) item) {
            case TRUE -> CBORObject.True;
            case FALSE -> CBORObject.False;
            case NULL -> CBORObject.Null;
        };
    }

    @Test
    void theReferenceLibraryReadsOurTokenAsACoseSign1() throws Exception {
        byte[] cose = CoseSign1.sign(ClaimsCodec.encode(Fixtures.claims(7)), Fixtures.ED, null);
        CBORObject theirs = CBORObject.DecodeFromBytes(cose);
        assertThat(theirs.HasMostOuterTag(18)).isTrue();
        CBORObject claims = CBORObject.DecodeFromBytes(theirs.UntagOne().get(2).GetByteString());
        assertThat(claims.get(CBORObject.FromObject(1)).AsString()).isEqualTo("IT-INPS");
        assertThat(claims.get(CBORObject.FromObject(65535)).get("status_list").get("uri").AsString())
                .isEqualTo(Fixtures.STATUS_URI);
        assertThat(claims.get(CBORObject.FromObject(-65537)).get(CBORObject.FromObject(2)).AsString()
                .getBytes(StandardCharsets.UTF_8)).isEqualTo("Rossi".getBytes(StandardCharsets.UTF_8));
    }
}
