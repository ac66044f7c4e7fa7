namespace PledgeBot.Classes;

/// <summary>What a move did: the session after it, or why it could not be made (null session: no such class).</summary>
public sealed record ClassMoveResult(ClassSession? Session, string? Refusal)
{
    public bool Moved => Session is not null && Refusal is null;
}
