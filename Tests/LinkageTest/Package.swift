// swift-tools-version: 6.1
// A consumer of the SMSCore product alone, written as the README tells engine users to write
// it (`traits: []`), for Scripts/check-linkage.sh: it must resolve no package but swift-sms,
// and its binary must link neither Foundation nor NIO.
import PackageDescription

let package = Package(
    name: "LinkageTest",
    platforms: [.macOS("13.3")],
    dependencies: [
        .package(name: "swift-sms", path: "../../", traits: [])
    ],
    targets: [
        .executableTarget(
            name: "LinkageTest",
            dependencies: [.product(name: "SMSCore", package: "swift-sms")]
        )
    ],
    swiftLanguageModes: [.v6]
)
