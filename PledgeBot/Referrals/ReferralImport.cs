namespace PledgeBot.Referrals;

/// <summary>A bulk import: every row checked, the good ones created in one script, each row's fate reported.</summary>
internal static class ReferralImport
{
    public const string Created = "created";
    public const string Exists = "exists";
    public const string Invalid = "invalid";

    public static async Task<ReferralImportResult> RunAsync(
        IReadOnlyList<(int Line, string? Code, string? Owner, string? Kind, string? Note)> rows, RedisReferralCatalog catalog, CancellationToken cancellationToken)
    {
        var results = new ReferralImportRow[rows.Count];
        var good = new List<(int Index, (string Code, string Kind, string Owner, string? Note) Row)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var (line, code, owner, kind, rawNote) = rows[i];
            if (!ReferralCodeInput.TryRead(code, owner, kind, out var row, out var reason))
            {
                results[i] = new ReferralImportRow(line, code, Invalid, reason);
            }
            else if (!ReferralCodeInput.TryReadNote(rawNote, out var note, out var noteReason))
            {
                results[i] = new ReferralImportRow(line, row.Value.Code, Invalid, noteReason);
            }
            else if (!seen.Add(row.Value.Code))
            {
                results[i] = new ReferralImportRow(line, row.Value.Code, Invalid, "The code appears earlier in the file.");
            }
            else
            {
                good.Add((i, (row.Value.Code, row.Value.Kind, row.Value.Owner, note)));
            }
        }

        var created = await catalog.CreateAsync([.. good.Select(g => g.Row)], cancellationToken);
        for (var j = 0; j < good.Count; j++)
        {
            var (index, row) = good[j];
            results[index] = created[j]
                ? new ReferralImportRow(rows[index].Line, row.Code, Created, null)
                : new ReferralImportRow(rows[index].Line, row.Code, Exists, "The code exists already; it was left as it was.");
        }

        var count = results.Count(r => r.Status == Created);
        return new ReferralImportResult(count, results.Length - count, results);
    }
}
