using System.Diagnostics.CodeAnalysis;

namespace PledgeBot.Dialogs.Ports;

/// <summary>A class code: 6 characters from an alphabet without look-alikes (no I, O, 0, 1), read the same typed in
/// lower case.</summary>
public static class ClassCodeFormat
{
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public const int Length = 6;

    public static bool TryNormalize(string? text, [NotNullWhen(true)] out string? code)
    {
        code = null;
        var candidate = text?.Trim().ToUpperInvariant();
        if (candidate is null || candidate.Length != Length || !candidate.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        code = candidate;
        return true;
    }
}
