using System.Diagnostics.CodeAnalysis;

namespace PledgeBot.Referrals;

/// <summary>Checks a staff-entered code, owner name and kind, the same for the API and the CSV import.</summary>
internal static class ReferralCodeInput
{
    public const int MaxOwnerLength = 100;

    public const int MaxNoteLength = 200;

    /// <summary>The trimmed note (null when blank), or false when it is too long or holds control characters.</summary>
    public static bool TryReadNote(string? note, out string? trimmed, [NotNullWhen(false)] out string? reason)
    {
        trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        reason = trimmed is { Length: > MaxNoteLength } || (trimmed?.Any(char.IsControl) ?? false)
            ? $"The note may hold at most {MaxNoteLength} characters, without control characters."
            : null;
        return reason is null;
    }

    /// <summary>The normalised code and kind and the trimmed owner; or the reason the row is refused.</summary>
    public static bool TryRead(
        string? code, string? owner, string? kind,
        [NotNullWhen(true)] out (string Code, string Kind, string Owner)? row,
        [NotNullWhen(false)] out string? reason)
    {
        row = null;
        reason = null;
        var trimmedOwner = owner?.Trim() ?? string.Empty;
        var normalizedKind = kind?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!ReferralCodeFormat.TryNormalize(code, out var normalized))
        {
            reason = "The code must be 3–32 characters of A–Z, 0–9, '_' or '-'.";
        }
        else if (!ReferralKinds.Staff.Contains(normalizedKind))
        {
            reason = $"The kind must be one of {string.Join(", ", ReferralKinds.Staff.Order(StringComparer.Ordinal))} (peer codes come from pledges).";
        }
        else if (trimmedOwner.Length is 0 or > MaxOwnerLength || trimmedOwner.Any(char.IsControl))
        {
            reason = $"The owner must be a name of 1–{MaxOwnerLength} characters, without control characters.";
        }
        else
        {
            row = (normalized, normalizedKind, trimmedOwner);
            return true;
        }

        return false;
    }
}
