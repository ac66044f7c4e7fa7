using CsvHelper;

namespace PledgeBot.Staff.Exports;

/// <summary>Writes export rows as CSV for Excel while they are read: RFC 4180, UTF-8 with a BOM (so Vietnamese shows
/// right), and a cell that starts like a formula (<c>= + - @</c>, tab, CR) prefixed with <c>'</c>.</summary>
internal static class ExportCsv
{
    private static readonly CsvWriterOptions s_options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
    };

    public static async Task WriteAsync<T>(
        Stream body, string[] header, IAsyncEnumerable<T> rows, Func<T, string[]> fields, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(body, s_options, leaveOpen: true);
        await csv.WriteRecordAsync(header, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(fields(row), cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
