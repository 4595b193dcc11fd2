using DiplomacyGraph.Export.Formats;

namespace DiplomacyGraph.Export.Selection;

/// <summary>A validated export request: what to select and which format to write.</summary>
public sealed record ExportRequest(ExportFormatInfo Format, ExportSelection Selection);
