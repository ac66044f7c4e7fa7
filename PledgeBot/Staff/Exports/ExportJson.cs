using System.Text.Json;

namespace PledgeBot.Staff.Exports;

/// <summary>Writes export rows as a JSON array while they are read, flushing every few hundred rows.</summary>
internal static class ExportJson
{
    private const int RowsPerFlush = 500;

    /// <summary>Each row as the JSON object its row type's column declaration describes.</summary>
    public static async Task WriteAsync<T>(Stream body, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
        where T : IExportRow<T>
    {
        var columns = T.Columns;
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartArray();
        var pending = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            columns.WriteJson(json, row);
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
