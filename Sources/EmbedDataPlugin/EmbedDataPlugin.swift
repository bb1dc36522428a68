import Foundation
import PackagePlugin

/// Compiles every dump in the package's `Data/` folder into the `ConfSchedData` target, so the
/// built `confsched` binary carries its bundled schedules and runs from any directory.
@main
struct EmbedDataPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let dataDirectory = context.package.directoryURL.appending(path: "Data")
    let names = try FileManager.default.contentsOfDirectory(atPath: dataDirectory.path)
      .filter { !$0.hasPrefix(".") }
      .sorted()
    let inputs = names.map { dataDirectory.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledDumps.swift")
    let tool = try context.tool(named: "confsched-embed").url
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) dumps from Data/",
        executable: tool,
        arguments: [output.path] + inputs.map(\.path),
        // The tool is an input too: when the parsers change, the snapshot is made again.
        inputFiles: inputs + [tool],
        outputFiles: [output]
      )
    ]
  }
}
