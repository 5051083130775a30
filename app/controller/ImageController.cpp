// SPDX-License-Identifier: MIT
#include "app/controller/ImageController.h"

#include "app/config/ConfigError.h"
#include "core/TorchError.h"

namespace sb {

ImageController::ImageController(QObject* parent) : QObject(parent)
{
    pool_.setMaxThreadCount(1);
}

ImageController::~ImageController()
{
    if (cancel_)
        cancel_->store(true);
    pool_.waitForDone();  // the run may still post to this object until it returns
}

std::shared_ptr<const ImageExperiment> ImageController::run(const ImageRequest& request, const Layer& layer,
                                                            const ImageProgress& progress)
{
    return ImageExperiment::compute(ImageInputs::read(request, layer), layer, progress);
}

void ImageController::setRecord(std::shared_ptr<const ScatterRecord> record)
{
    record_ = std::move(record);
    restart();
}

void ImageController::setActive(bool active)
{
    active_ = active;
    if (active_ && stale_)
        restart();
}

void ImageController::setImagePath(const QString& path)
{
    if (request_.imagePath == path)
        return;
    request_.imagePath = path;
    emit requestChanged(request_);
    restart();
}

void ImageController::setKernel(const QString& kernel)
{
    if (request_.kernel == kernel)
        return;
    request_.kernel = kernel;
    emit requestChanged(request_);
    restart();
}

void ImageController::restart()
{
    if (!active_ || !record_) {
        stale_ = true;
        return;
    }
    stale_ = false;
    if (cancel_)
        cancel_->store(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    cancel_ = cancel;
    const quint64 generation = ++generation_;
    if (!computing_) {
        computing_ = true;
        emit computingChanged(true);
    }
    emit progressed(0);

    pool_.start([this, request = request_, record = record_, cancel, generation] {
        int reported = -1;
        auto progress = [&](double fraction) {
            const int percent = static_cast<int>(fraction * 100);
            if (percent != reported) {
                reported = percent;
                QMetaObject::invokeMethod(this, [this, generation, percent] {
                    if (generation == generation_)
                        emit progressed(percent);
                }, Qt::QueuedConnection);
            }
            return !cancel->load();
        };
        std::shared_ptr<const ImageExperiment> experiment;
        QString error;
        try {
            experiment = run(request, record->layer(), progress);
        } catch (const ConfigError& e) {
            error = e.message();
        } catch (const TorchError& e) {
            error = QStringLiteral("%1: %2").arg(QString::fromStdString(e.pythonType()), QString::fromUtf8(e.what()));
        } catch (const std::bad_alloc&) {
            error = tr("not enough memory for this photo at these arguments");
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(this, [this, generation, experiment, error] { finish(generation, experiment, error); },
                                  Qt::QueuedConnection);
    });
}

void ImageController::finish(quint64 generation, std::shared_ptr<const ImageExperiment> experiment, const QString& error)
{
    if (generation != generation_)
        return;  // superseded: a newer run is on its way
    computing_ = false;
    emit computingChanged(false);
    if (!error.isEmpty()) {
        if (request_ != workedRequest_) {
            request_ = workedRequest_;
            emit requestChanged(request_);
        }
        emit failed(tr("Image view: %1").arg(error));
        return;
    }
    if (!experiment)
        return;
    workedRequest_ = request_;
    experiment_ = std::move(experiment);
    emit experimentReady(experiment_);
}

} // namespace sb
