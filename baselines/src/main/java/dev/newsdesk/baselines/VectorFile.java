package dev.newsdesk.baselines;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * vectors.f32 (count × dimension little-endian float32, row i for passage i), memory-mapped in
 * chunks of whole rows so that a file past 2 GB needs no single buffer and nothing is copied to the
 * heap but the row asked for.
 */
final class VectorFile implements AutoCloseable {

  private final Path path;
  private final int count;
  private final int dimension;
  private final int rowsPerChunk;
  private final FileChannel channel;
  private MappedByteBuffer[] mapped;
  private FloatBuffer[] chunks;

  private VectorFile(
      Path path, int count, int dimension, int rowsPerChunk, MappedByteBuffer[] mapped, FileChannel channel) {
    this.path = path;
    this.count = count;
    this.dimension = dimension;
    this.rowsPerChunk = rowsPerChunk;
    this.mapped = mapped;
    this.chunks = new FloatBuffer[mapped.length];
    for (int c = 0; c < mapped.length; c++) {
      chunks[c] = mapped[c].order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    }
    this.channel = channel;
  }

  static VectorFile open(Path path, int count, int dimension) throws InputException, IOException {
    return open(path, count, dimension, Integer.MAX_VALUE);
  }

  /** As {@link #open(Path, int, int)}, with chunks of at most {@code maxChunkBytes} (for tests). */
  static VectorFile open(Path path, int count, int dimension, long maxChunkBytes)
      throws InputException, IOException {
    JsonLines.requireFile(path);
    long rowBytes = (long) dimension * Float.BYTES;
    long expected = count * rowBytes;
    long size = Files.size(path);
    if (size != expected) {
      throw new InputException(
          path + ": " + size + " bytes, expected count × dimension × 4 = " + count + " × " + dimension
              + " × 4 = " + expected + " bytes (from meta.json)");
    }
    int rowsPerChunk = (int) Math.max(1, Math.min(count, maxChunkBytes / rowBytes));
    int chunkCount = (count + rowsPerChunk - 1) / rowsPerChunk;
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    try {
      MappedByteBuffer[] mapped = new MappedByteBuffer[chunkCount];
      for (int c = 0; c < chunkCount; c++) {
        long firstRow = (long) c * rowsPerChunk;
        long rows = Math.min(rowsPerChunk, count - firstRow);
        mapped[c] = channel.map(FileChannel.MapMode.READ_ONLY, firstRow * rowBytes, rows * rowBytes);
      }
      return new VectorFile(path, count, dimension, rowsPerChunk, mapped, channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  int count() {
    return count;
  }

  int dimension() {
    return dimension;
  }

  /** A fresh copy of row {@code index}. */
  float[] row(int index) {
    if (chunks == null) {
      throw new IllegalStateException(path + " is closed");
    }
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("row " + index + " of " + count);
    }
    float[] row = new float[dimension];
    chunks[index / rowsPerChunk].get((index % rowsPerChunk) * dimension, row);
    return row;
  }

  /**
   * Reads every row once: rejects a non-finite value (the library would log and silently drop such a
   * passage) and counts rows whose length is not 1 within {@code tolerance}.
   */
  int checkRows(double tolerance) throws InputException {
    int notUnit = 0;
    for (int i = 0; i < count; i++) {
      float[] row = row(i);
      double squares = 0;
      for (int d = 0; d < dimension; d++) {
        float v = row[d];
        if (!Float.isFinite(v)) {
          throw new InputException(
              path + " row " + i + " (passages.jsonl line " + (i + 1) + "): non-finite value " + v
                  + " at position " + d);
        }
        squares += (double) v * v;
      }
      if (Math.abs(Math.sqrt(squares) - 1.0) > tolerance) {
        notUnit++;
      }
    }
    return notUnit;
  }

  /**
   * Closes the file and unmaps it at once, so that its pages leave the process's resident set before
   * the retriever's memory is measured (a mapping otherwise lasts until its buffer is collected).
   */
  @Override
  public void close() throws IOException {
    MappedByteBuffer[] buffers = mapped;
    chunks = null;
    mapped = null;
    channel.close();
    if (buffers != null) {
      for (MappedByteBuffer buffer : buffers) {
        unmap(buffer);
      }
    }
  }

  private static void unmap(ByteBuffer buffer) {
    try {
      Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
      Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
      theUnsafe.setAccessible(true);
      Method invokeCleaner = unsafeClass.getMethod("invokeCleaner", ByteBuffer.class);
      invokeCleaner.invoke(theUnsafe.get(null), buffer);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // left to the garbage collector
    }
  }
}
