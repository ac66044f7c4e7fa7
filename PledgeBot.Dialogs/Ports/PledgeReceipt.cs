namespace PledgeBot.Dialogs.Ports;

/// <summary>What the ledger knows of a user's pledge. <see cref="Recorded"/> is false when this call found an
/// earlier pledge; then every other field describes that earlier one.</summary>
public sealed record PledgeReceipt(
    bool Recorded,
    long Number,
    string Province,
    long ProvinceCount,
    IReadOnlyList<string> PledgeIds,
    string? InviteCode,
    DateTimeOffset PledgedAt);
