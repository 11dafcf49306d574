package fi.rekisteri.core.policy;

/** Fixed-size bit sets as {@code long[]}: the representation every check tests. */
final class Bits {

    private Bits() {}

    static long[] of(int size) {
        return new long[(size + 63) >>> 6];
    }

    static void set(long[] bits, int index) {
        bits[index >>> 6] |= 1L << index;
    }

    static boolean get(long[] bits, int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    static long[] all(int size) {
        long[] bits = of(size);
        for (int i = 0; i < size; i++) {
            set(bits, i);
        }
        return bits;
    }
}
