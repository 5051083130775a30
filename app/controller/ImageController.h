// SPDX-License-Identifier: MIT
// ImageController: the image view's worker, in the shape of Qt's threaded Mandelbrot example. It
// owns the image request (photo and kernel), runs ImageExperiment on a worker thread whenever the
// request or the config's layer changes while the view is shown, reports progress, and hands
// finished experiments to the window. The newest request wins: a new one cancels the one running
// (core checks between row bands) and the results of superseded runs are dropped.
#pragma once

#include "app/render/ImageExperiment.h"
#include "core/ScatterRecord.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace sb {

class ImageController : public QObject {
    Q_OBJECT
public:
    explicit ImageController(QObject* parent = nullptr);
    ~ImageController() override;  // cancels the run in progress and waits for it

    // Reads the request's photo and kernel and computes the experiment, as the worker does (the
    // command line and the window's first picture of the view too). Throws as ImageInputs::read
    // and ImageExperiment::compute do; nullptr when progress cancelled it.
    static std::shared_ptr<const ImageExperiment> run(const ImageRequest& request, const Layer& layer,
                                                      const ImageProgress& progress = {});

    const ImageRequest& request() const { return request_; }
    std::shared_ptr<const ImageExperiment> experiment() const { return experiment_; }
    bool isComputing() const { return computing_; }
    bool isActive() const { return active_; }

public slots:
    // The config's layer, whose arguments the photo goes through.
    void setRecord(std::shared_ptr<const sb::ScatterRecord> record);
    // Whether the image view is shown: only then does a change start a computation.
    void setActive(bool active);
    void setImagePath(const QString& path);
    void setKernel(const QString& kernel);  // as ImageRequest::kernel

signals:
    void requestChanged(const sb::ImageRequest& request);
    void experimentReady(std::shared_ptr<const sb::ImageExperiment> experiment);
    void computingChanged(bool computing);
    void progressed(int percent);
    // A photo or kernel that cannot be used; the request goes back to the last one that worked.
    void failed(const QString& message);

private:
    void restart();
    void finish(quint64 generation, std::shared_ptr<const ImageExperiment> experiment, const QString& error);

    ImageRequest request_, workedRequest_;
    std::shared_ptr<const ScatterRecord> record_;
    std::shared_ptr<const ImageExperiment> experiment_;
    bool active_ = false;
    bool stale_ = true;  // something changed while the view was hidden
    bool computing_ = false;
    quint64 generation_ = 0;                    // of the newest run; read and written on the GUI thread only
    std::shared_ptr<std::atomic<bool>> cancel_;  // the newest run's flag
    QThreadPool pool_;                          // one thread: a cancelled run stops before the next starts
};

} // namespace sb
