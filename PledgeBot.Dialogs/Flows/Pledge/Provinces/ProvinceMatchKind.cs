namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>What a typed answer named.</summary>
public enum ProvinceMatchKind
{
    /// <summary>No province that we know of.</summary>
    None,

    /// <summary>One of the 34 units.</summary>
    Unit,

    /// <summary>A province from before 1 July 2025: the user is told which unit it is now part of.</summary>
    Former,

    /// <summary>A short form that names several places ("dn"): the user confirms which one.</summary>
    Ambiguous,
}
