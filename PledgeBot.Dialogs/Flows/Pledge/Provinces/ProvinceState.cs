namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>Where the province question stands. Only ids are kept, never what the user typed (README.md, "Where the
/// data lives").</summary>
public sealed record ProvinceState
{
    /// <summary><c>north</c>, <c>centre</c> or <c>south</c> once a region is chosen.</summary>
    public string? Region { get; init; }

    /// <summary>The page of the region's provinces on show.</summary>
    public int Page { get; init; }

    /// <summary>Place ids a short form could mean ("dn"), while the user is asked which one.</summary>
    public IReadOnlyList<string> Candidates { get; init => field = value ?? []; } = [];

    /// <summary>The chosen unit's id ("ha-noi"): the flow's result.</summary>
    public string? Province { get; init; }
}
