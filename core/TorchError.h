// SPDX-License-Identifier: MIT
// TorchError: a validation failure reported with PyTorch's exact wording, so the GUI and the
// command line can show users the message they would get from torch.nn.ConvTranspose2d.
#pragma once

#include <stdexcept>
#include <string>

namespace sb {

class TorchError : public std::runtime_error {
public:
    // pythonType is the Python exception class PyTorch raises ("ValueError", "RuntimeError").
    TorchError(std::string pythonType, const std::string& message)
        : std::runtime_error(message), pythonType_(std::move(pythonType)) {}

    const std::string& pythonType() const { return pythonType_; }

    // Which argument the message is about ("stride", "padding", ...), so an editor can put the
    // message next to the offending field. Empty when it concerns the whole configuration.
    const std::string& argument() const { return argument_; }
    TorchError& about(std::string argument) {
        argument_ = std::move(argument);
        return *this;
    }

private:
    std::string pythonType_;
    std::string argument_;
};

} // namespace sb
