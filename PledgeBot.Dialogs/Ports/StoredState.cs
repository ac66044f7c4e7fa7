namespace PledgeBot.Dialogs.Ports;

/// <summary>A conversation's state as read: its JSON (null when new), its version (0 when new), and whether the
/// activity asked about was already processed.</summary>
public sealed record StoredState(string? Json, long Version, bool ActivitySeen)
{
    public static StoredState Empty { get; } = new(null, 0, false);
}
