// swift-tools-version: 6.1
// A consumer of the SMSCore product alone, for Scripts/check-linkage.sh: its binary must link
// neither Foundation nor NIO.
import PackageDescription

let package = Package(
    name: "LinkageTest",
    platforms: [.macOS("13.3")],
    dependencies: [
        .package(name: "swift-sms", path: "../../")
    ],
    targets: [
        .executableTarget(
            name: "LinkageTest",
            dependencies: [.product(name: "SMSCore", package: "swift-sms")]
        )
    ],
    swiftLanguageModes: [.v6]
)
