using System.Text.Json;

namespace PledgeBot.Staff.Exports;

/// <summary>Writes export rows as a JSON array while they are read, flushing every few hundred rows.</summary>
internal static class ExportJson
{
    private const int RowsPerFlush = 500;

    public static async Task WriteAsync<T>(
        Stream body, IAsyncEnumerable<T> rows, Action<Utf8JsonWriter, T> write, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartArray();
        var pending = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            write(json, row);
            if (++pending == RowsPerFlush)
            {
                await json.FlushAsync(cancellationToken);
                pending = 0;
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }
}
