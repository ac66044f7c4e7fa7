using System.Collections.Frozen;

namespace PledgeBot.Dialogs.Dialogs;

/// <summary>Every flow by id, built once at startup.</summary>
public sealed class FlowCatalog(IEnumerable<Flow> flows)
{
    private readonly FrozenDictionary<string, Flow> _flows = flows.ToFrozenDictionary(flow => flow.Id, StringComparer.Ordinal);

    public bool TryGet(string id, out Flow flow) => _flows.TryGetValue(id, out flow!);

    public bool Contains(string id) => _flows.ContainsKey(id);
}
